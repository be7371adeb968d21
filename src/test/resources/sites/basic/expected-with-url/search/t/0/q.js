window.__sitegenSearch("t/0/q",{"quarter":[18,19],"quarterly":[18,16],"queu":[11,1],"quot":[5,1]});
