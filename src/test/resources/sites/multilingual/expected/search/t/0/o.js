window.__sitegenSearch("t/0/o",{"over":[0,3],"own":[6,3]});
