// The reference design for the Plugin API latency figure: a Go gRPC server (grpc-go, as
// Mattermost's own plugin RPC is Go) that answers plughost.v1.PluginAPI/GetUser from memory,
// over a Unix socket, checking the caller's secret like plughost does. Every other RPC is
// UNIMPLEMENTED.
//
//	goref -socket /tmp/x/go.sock -response user.bin -secret S
//
// user.bin is a serialized GetUserResponse (taken from plughost, so the bytes on the wire are
// the same). Prints "ready <socket>" once listening; exits on SIGTERM/SIGINT or when stdin
// closes (so it never outlives the benchmark).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	pb "plughost-bench/goref/gen/plughostv1"
)

type api struct {
	pb.UnimplementedPluginAPIServer
	secret string
	user   *pb.GetUserResponse
}

func (a *api) GetUser(ctx context.Context, req *pb.GetUserRequest) (*pb.GetUserResponse, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	if got := md.Get("mm-plugin-secret"); len(got) == 0 || got[0] != a.secret {
		return nil, status.Error(codes.Unauthenticated, "The Plugin API was called without a valid plugin secret.")
	}
	if req.GetUserId() != a.user.GetUser().GetId() {
		return nil, status.Error(codes.NotFound, "user not found")
	}
	return a.user, nil
}

func main() {
	socket := flag.String("socket", "", "Unix socket path to listen on")
	response := flag.String("response", "", "file holding a serialized GetUserResponse")
	secret := flag.String("secret", "", "the secret callers must send in mm-plugin-secret")
	flag.Parse()
	if *socket == "" || *response == "" {
		log.Fatal("usage: goref -socket PATH -response FILE [-secret S]")
	}
	raw, err := os.ReadFile(*response)
	if err != nil {
		log.Fatal(err)
	}
	user := &pb.GetUserResponse{}
	if err := proto.Unmarshal(raw, user); err != nil {
		log.Fatalf("bad response file: %v", err)
	}
	_ = os.Remove(*socket)
	lis, err := net.Listen("unix", *socket)
	if err != nil {
		log.Fatal(err)
	}
	server := grpc.NewServer(grpc.MaxRecvMsgSize(64<<20), grpc.MaxSendMsgSize(64<<20))
	pb.RegisterPluginAPIServer(server, &api{secret: *secret, user: user})

	stop := make(chan struct{}, 2)
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); stop <- struct{}{} }()
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() { <-signals; stop <- struct{}{} }()
	go func() { <-stop; server.Stop() }()

	fmt.Printf("ready %s\n", *socket)
	if err := server.Serve(lis); err != nil {
		log.Fatal(err)
	}
	_ = os.Remove(*socket)
}
