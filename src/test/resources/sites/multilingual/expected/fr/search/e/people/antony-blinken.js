window.__sitegenSearch("e/people/antony-blinken",[96,2]);
