window.__sitegenSearch("t/0/z",{"zurich":[13,19]});
