window.__sitegenSearch("t/0/_0647",{"هامش":[0,3]});
