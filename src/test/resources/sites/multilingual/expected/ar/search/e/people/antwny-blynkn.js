window.__sitegenSearch("e/people/antwny-blynkn",[0,3]);
