window.__sitegenSearch("t/0/h",{"her":[2,3],"hom":[2,3]});
