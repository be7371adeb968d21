window.__sitegenSearch("t/0/z",{"zurich":[9,19]});
