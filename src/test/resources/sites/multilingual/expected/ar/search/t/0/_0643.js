window.__sitegenSearch("t/0/_0643",{"كبير":[0,3]});
