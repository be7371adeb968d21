window.__sitegenSearch("t/q",{"quarter":[0,19],"quarterly":[0,16],"queu":[6,1],"quot":[11,1]});
