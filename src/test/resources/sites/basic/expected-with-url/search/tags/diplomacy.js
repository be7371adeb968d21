window.__sitegenSearch("tags/diplomacy",[9]);
