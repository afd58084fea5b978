module github.com/bal2go/bal2go

go 1.26.0

require (
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/dave/jennifer v1.7.1
	github.com/pelletier/go-toml/v2 v2.4.3
	github.com/stretchr/testify v1.12.1
	go.uber.org/goleak v1.3.0
	golang.org/x/tools v0.52.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
