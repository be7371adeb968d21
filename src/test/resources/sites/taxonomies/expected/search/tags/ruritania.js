window.__sitegenSearch("tags/ruritania",[0,2]);
