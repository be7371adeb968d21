window.__sitegenSearch("y/2024",[3]);
