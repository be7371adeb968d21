window.__sitegenSearch("tags/tags/diplomacy",[13]);
