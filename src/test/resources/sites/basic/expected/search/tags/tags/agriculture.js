window.__sitegenSearch("tags/tags/agriculture",[8]);
