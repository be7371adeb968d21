window.__sitegenSearch("tags/tags/economy",[0,2,3,2,4,1]);
