window.__sitegenSearch("index",{"format":2,"docs":3,"docsPerFile":8,"shards":["b","c","d","e","f","g","h","l","m","o","p","r","s","t","w"],"years":{"2023":[0,2]}});
