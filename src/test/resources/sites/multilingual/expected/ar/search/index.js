window.__sitegenSearch("index",{"format":5,"docs":2,"docsPerFile":12,"segments":[{"from":0,"shards":[""]}],"years":{"2023":[0,0],"2024":[3,3]},"analysis":"plain"});
