window.__sitegenSearch("index",{"format":4,"docs":3,"docsPerFile":12,"segments":[{"from":0,"shards":["b","c","d","e","f","g","h","l","m","o","p","r","s","t","w"]}],"years":{"2023":[118,122]}});
