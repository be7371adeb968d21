window.__sitegenSearch("t/0/h",{"her":[6,3],"hom":[6,3]});
