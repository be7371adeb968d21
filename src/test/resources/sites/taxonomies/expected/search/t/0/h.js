window.__sitegenSearch("t/0/h",{"harbour":[0,16],"held":[1,1]});
