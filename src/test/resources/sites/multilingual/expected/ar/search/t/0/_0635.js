window.__sitegenSearch("t/0/_0635",{"صيني":[0,3]});
