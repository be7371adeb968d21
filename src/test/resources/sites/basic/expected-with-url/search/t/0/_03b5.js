window.__sitegenSearch("t/0/_03b5",{"ελλαδα":[13,25]});
