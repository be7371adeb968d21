window.__sitegenSearch("index",{"format":3,"docs":3,"docsPerFile":8,"segments":[{"from":0,"shards":["b","c","d","e","f","g","h","l","m","o","p","r","s","t","w"]}],"years":{"2023":[0,2]}});
