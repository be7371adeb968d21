window.__sitegenSearch("t/0/i",{"if":[7,1],"importer":[7,1],"inspection":[6,1],"invent":[2,1,4,1,1,1,2,1],"ipsum":[6,27],"irrigation":[8,1],"ivoir":[7,25]});
