window.__sitegenSearch("index",{"format":5,"docs":14,"docsPerFile":12,"segments":[{"from":0,"shards":[""]},{"from":12,"shards":[""]}],"years":{"2022":[0,9],"2023":[11,18]}});
