window.__sitegenSearch("e/people/wang-yi",[96,2]);
