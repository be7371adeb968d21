window.__sitegenSearch("e/people/wang-yi",[0,1,5]);
