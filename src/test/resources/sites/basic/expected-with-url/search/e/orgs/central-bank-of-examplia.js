window.__sitegenSearch("e/orgs/central-bank-of-examplia",[2,5]);
