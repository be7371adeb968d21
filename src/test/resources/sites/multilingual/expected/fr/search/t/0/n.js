window.__sitegenSearch("t/0/n",{"nbc":[98,3],"news":[98,3],"nous":[98,3]});
