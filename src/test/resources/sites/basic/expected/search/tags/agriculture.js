window.__sitegenSearch("tags/agriculture",[5]);
