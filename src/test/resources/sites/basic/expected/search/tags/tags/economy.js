window.__sitegenSearch("tags/tags/economy",[5,1,3,2,1,1]);
