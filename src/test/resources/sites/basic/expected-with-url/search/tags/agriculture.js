window.__sitegenSearch("tags/agriculture",[8]);
