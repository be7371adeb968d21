window.__sitegenSearch("t/q",{"q1":[0,1],"q2":[0,1],"quarter":[0,19],"quarterly":[0,16],"queu":[6,1],"quot":[11,1]});
