window.__sitegenSearch("t/h",{"harbour":[2,16],"held":[1,1]});
