window.__sitegenSearch("e/orgs/central-bank-of-examplia",[6,5]);
