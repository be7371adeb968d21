window.__sitegenSearch("t/0/o",{"over":[0,3],"own":[2,3]});
