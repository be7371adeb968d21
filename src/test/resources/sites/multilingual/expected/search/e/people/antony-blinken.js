window.__sitegenSearch("e/people/antony-blinken",[0,1,5]);
