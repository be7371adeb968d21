window.__sitegenSearch("t/0/q",{"quarter":[13,19],"quarterly":[13,16],"queu":[7,1],"quot":[2,1]});
