// usage (Debian: apt-get install golang-github-spf13-cast-dev): copy to $GOPATH/src/hugodates/, then
// GO111MODULE=off GOPATH=$GOPATH:/usr/share/gocode go run . FILE
// Hugo 0.111's reading of a front-matter date string: cast.ToTimeInDefaultLocationE with the
// site's time zone (UTC here), as in hugolib/page__meta.go via common/htime.
package main

import (
	"bufio"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cast"
)

func main() {
	f, _ := os.Open(os.Args[1])
	s := bufio.NewScanner(f)
	for s.Scan() {
		t, err := cast.ToTimeInDefaultLocationE(s.Text(), time.UTC)
		if err != nil {
			fmt.Printf("%s|ERROR\n", s.Text())
		} else {
			fmt.Printf("%s|%s\n", s.Text(), t.UTC().Format("2006-01-02T15:04:05.000Z"))
		}
	}
}
