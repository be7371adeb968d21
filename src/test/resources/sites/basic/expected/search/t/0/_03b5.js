window.__sitegenSearch("t/0/_03b5",{"ελλαδα":[9,25]});
