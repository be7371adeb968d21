window.__sitegenSearch("tags/tags/economy",[0,1,1,2,3,1]);
