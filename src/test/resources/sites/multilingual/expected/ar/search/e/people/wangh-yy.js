window.__sitegenSearch("e/people/wangh-yy",[0,3]);
