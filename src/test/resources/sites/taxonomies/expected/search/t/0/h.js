window.__sitegenSearch("t/0/h",{"harbour":[118,16],"held":[120,1]});
