window.__sitegenSearch("t/z",{"zurich":[4,19]});
