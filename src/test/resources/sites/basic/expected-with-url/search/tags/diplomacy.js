window.__sitegenSearch("tags/diplomacy",[4]);
