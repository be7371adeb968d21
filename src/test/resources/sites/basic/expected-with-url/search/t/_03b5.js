window.__sitegenSearch("t/_03b5",{"ελλαδα":[4,25]});
