window.__sitegenSearch("t/0/q",{"queu":[11,1],"quot":[5,1]});
