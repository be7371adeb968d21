window.__sitegenSearch("index",{"format":5,"docs":3,"docsPerFile":12,"segments":[{"from":0,"shards":[""]}],"years":{"2023":[118,122]}});
