window.__sitegenSearch("tags/tags/sampleton",[9]);
