window.__sitegenSearch("e/orgs/central-bank-of-examplia",[5,6]);
